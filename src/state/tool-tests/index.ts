export { selectToolTests, useToolTestsStore } from './tool-tests-store';
