// Modules the build makes (vite.config.ts's plugins), not files.
declare module 'virtual:built-in-dataset' {
  import type { ValidationResult } from './validate';
  const result: ValidationResult;
  export default result;
}
