export { OutputPane } from './output-pane';
