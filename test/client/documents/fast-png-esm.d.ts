// fast-png's ESM build by path (pako-via-fflate.test.ts): the same API as the package's own types.
declare module 'fast-png/lib-esm/index.js' {
  export { decode } from 'fast-png';
}
