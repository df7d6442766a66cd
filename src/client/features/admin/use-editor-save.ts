// Simpan of an admin editor whose draft is kept on the device (the LKE template of a year, an RPJMD
// plan): whether a save is on its way, its outcome shown beside Simpan (`message`), and what the
// last copy or import did, shown beside its own buttons (`notice`), which a save clears.
import { useState } from 'react';

export function useEditorSave() {
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  /** `send` answers with the outcome to show (null: nothing); `refused` says why it failed. */
  async function save(send: () => Promise<string | null>, refused: (reason: unknown) => string): Promise<void> {
    setSaving(true);
    setMessage(null);
    setNotice(null);
    try {
      setMessage(await send());
    } catch (reason) {
      setMessage(refused(reason));
    } finally {
      setSaving(false);
    }
  }

  return { saving, message, setMessage, notice, setNotice, save };
}
