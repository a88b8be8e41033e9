/** The workbench (src/app): header, panes, layout, theme, language. */
export const app = {
  theme: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  /** The notice's title after a link replaced the request. */
  linkOpened: 'Opened a link',
  shareLinkOpened: 'Opened a shared link',
  linkError: 'This link could not be opened: {{error}}. Your current request is unchanged.',
  paneCrashed: 'The {{pane}} pane hit a bug: {{message}}',
  tryAgain: 'Try again',
  panes: {
    request: 'Request',
    tools: 'Tools',
    toolTests: 'Tool tests',
    output: 'Output',
    thread: 'Thread',
    conversation: 'Conversation',
    openResponse: 'Open response',
    history: 'History',
    compare: 'Compare',
  },
  workbenchViews: 'Workbench views',
  resizeRequestOutput: 'Resize request and output',
  resizeRequestTools: 'Resize request and tools',
  resizeOutputSide: 'Resize output and side panel',
  request: {
    heading: 'Request',
    send: 'Send',
    sendTitle: 'Send (Ctrl/Cmd+Enter)',
    stop: 'Stop',
  },
};
