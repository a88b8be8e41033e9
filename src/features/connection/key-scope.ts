/** Keys belong to the base URL they were entered for (now kept in core, shared with the profiles). */
export { keyScope } from '../../core/endpoints/key-scope';
