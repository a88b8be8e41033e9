export { CodeButton } from './code-button';
