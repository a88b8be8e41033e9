/** Strings shared by several panes. */
export const common = {
  appTitle: 'Responses Playground',
  language: 'Language',
  dismiss: 'Dismiss',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  cancel: 'Cancel',
};
