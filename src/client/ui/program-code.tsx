// A program's nomenclature code (2.15.01.1.01.0001), which may break after its dots in a narrow
// table cell and nowhere else: "2.15.01.1.01." over "0001" reads as a code, "2.15.01.1.0" over "1"
// does not. <wbr> adds no character, so the code copies and reads aloud as written.
import { Fragment } from 'react';

export function ProgramCode(props: { code: string }) {
  const parts = props.code.split('.');
  return (
    <>
      {parts.map((part, i) => (
        // The parts of one code never reorder: the index is their identity.
        <Fragment key={i}>{i < parts.length - 1 ? <>{part}.<wbr /></> : part}</Fragment>
      ))}
    </>
  );
}
