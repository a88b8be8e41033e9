import { Button } from '../components/ui/button';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

/** The panes of the workbench, by their key in the `app.panes` catalogue. */
export type PaneName = keyof typeof import('../i18n/en/app').app.panes;

/**
 * One error boundary per pane: a bug in one pane leaves the others (and what they hold) usable.
 * Also the pane's Suspense boundary: panes not needed for the first paint load as their own chunks.
 */
export class PaneBoundary extends Component<{ name: PaneName; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} pane crashed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error)
      return (
        <Suspense fallback={<div aria-busy="true" className="min-h-16" />}>{this.props.children}</Suspense>
      );
    return (
      <div role="alert" className="rounded border border-red-400 bg-red-50 p-3 text-sm text-red-950">
        <p className="font-semibold">
          {i18n.t('app:paneCrashed', {
            pane: i18n.t(`app:panes.${this.props.name}`),
            message: this.state.error.message,
          })}
        </p>
        <Button variant="link" className="mt-2" onClick={() => this.setState({ error: undefined })}>
          {i18n.t('app:tryAgain')}
        </Button>
      </div>
    );
  }
}
