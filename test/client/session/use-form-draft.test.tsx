// The one mechanism every form uses to never lose typed text (session/use-form-draft.ts), under the
// router the app really runs (BrowserRouter, so the back button is a real popstate) over a real
// IndexedDB (fake-indexeddb): the draft is on the device within a second of the last key, comes
// back when the form opens again, goes when saved or discarded; leaving a changed form asks first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter, Link, Route, Routes, useNavigate } from 'react-router';
import { deleteDraftDatabase, readFormDraft } from '../../../src/client/db/form-drafts';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { DraftNotice } from '../../../src/client/session/draft-notice';
import { LeaveGuard } from '../../../src/client/session/leave-guard';
import { SessionProvider } from '../../../src/client/session/session-provider';
import { UnsavedEditsProvider } from '../../../src/client/session/unsaved-edits';
import { draftSaveDelayMs, mergeDraft, useFormDraft, type FormDraft } from '../../../src/client/session/use-form-draft';
import { buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, openTestSession } from '../features/support/render-app';

let session: ActiveSession;
let savedNotes: string[];

beforeEach(() => {
  session = openTestSession(buildSessionInfo('operator'));
  savedNotes = [];
  window.history.replaceState(null, '', '/');
});
afterEach(async () => {
  await closeTestSession(session);
  await deleteDraftDatabase(session.info.user.id);
});

function NoteForm() {
  const navigate = useNavigate();
  const form = useFormDraft({ key: 'note:1', initial: { note: 'tersimpan', title: '' } });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        savedNotes.push(form.values.note);
        form.saved();
        void navigate('/');
      }}
    >
      <DraftNotice draft={form} />
      <label>
        Catatan
        <textarea value={form.values.note} onChange={(e) => form.setValues((v) => ({ ...v, note: e.target.value }))} />
      </label>
      <button type="submit">Simpan</button>
    </form>
  );
}

function renderForm() {
  return render(
    <I18nProvider initialLanguage="id">
      <UnsavedEditsProvider>
        <SessionProvider initialSession={session}>
          <BrowserRouter>
            <nav>
              <Link to="/">Beranda</Link> <Link to="/form">Formulir</Link>
            </nav>
            <Routes>
              <Route path="/" element={<p>Halaman beranda</p>} />
              <Route path="/form" element={<NoteForm />} />
            </Routes>
            <LeaveGuard />
          </BrowserRouter>
        </SessionProvider>
      </UnsavedEditsProvider>
    </I18nProvider>,
  );
}

const userId = () => session.info.user.id;

async function openFormAndType(text: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('link', { name: 'Formulir' }));
  const field = await screen.findByLabelText('Catatan');
  await user.clear(field);
  await user.type(field, text);
  return { user, field };
}

describe('useFormDraft', () => {
  it('keeps the typed text on the device within a second of the last key', async () => {
    renderForm();
    await openFormAndType('Capaian naik karena posyandu aktif');
    const lastKey = Date.now();
    await waitFor(async () => expect((await readFormDraft(userId(), 'note:1'))?.values).toEqual({ note: 'Capaian naik karena posyandu aktif', title: '' }), { timeout: 1000, interval: 20 });
    const written = Date.now() - lastKey;
    expect(written).toBeLessThan(1000);
    expect(draftSaveDelayMs).toBeLessThanOrEqual(1000);
    expect((await readFormDraft(userId(), 'note:1'))?.base).toEqual({ note: 'tersimpan', title: '' });
  });

  it('offers the draft again after the page is gone (a reload or a crash), and discards it on request', async () => {
    const first = renderForm();
    await openFormAndType('Kendala: hujan');
    await waitFor(async () => expect(await readFormDraft(userId(), 'note:1')).toBeTruthy());
    first.unmount(); // the tab is gone; nothing was saved

    renderForm(); // the address is still /form
    const field = await screen.findByLabelText<HTMLTextAreaElement>('Catatan');
    await waitFor(() => expect(field.value).toBe('Kendala: hujan'));
    expect(screen.getByText(/Isian yang belum disimpan \(.+\) dipulihkan dari perangkat ini/)).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Buang isian yang dipulihkan' }));
    expect(field.value).toBe('tersimpan');
    await waitFor(async () => expect(await readFormDraft(userId(), 'note:1')).toBeUndefined());
    expect(screen.queryByText(/dipulihkan/)).toBeNull();
  });

  it('asks before a link leaves a changed form; "stay" keeps it, "leave" goes and keeps the draft', async () => {
    renderForm();
    const { user, field } = await openFormAndType('Tindak lanjut: rapat');
    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Tinggalkan formulir?' });
    expect(window.location.pathname).toBe('/form');
    expect(document.activeElement).toBe(prompt);

    await user.click(screen.getByRole('button', { name: 'Tetap di sini' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((field as HTMLTextAreaElement).value).toBe('Tindak lanjut: rapat');

    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await user.click(await screen.findByRole('button', { name: 'Tinggalkan' }));
    expect(await screen.findByText('Halaman beranda')).toBeTruthy();
    expect(window.location.pathname).toBe('/');
    await waitFor(async () => expect((await readFormDraft(userId(), 'note:1'))?.values).toEqual({ note: 'Tindak lanjut: rapat', title: '' }));

    // Back in the form: the text is there.
    await user.click(screen.getByRole('link', { name: 'Formulir' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>('Catatan').value).toBe('Tindak lanjut: rapat'));
  });

  it('holds the back button too, and "discard and leave" forgets the draft', async () => {
    renderForm();
    const { user } = await openFormAndType('Sementara');
    act(() => window.history.back());
    await screen.findByRole('alertdialog', { name: 'Tinggalkan formulir?' });
    await waitFor(() => expect(window.location.pathname).toBe('/form')); // the address was put back
    expect(screen.getByLabelText<HTMLTextAreaElement>('Catatan').value).toBe('Sementara');

    await user.click(screen.getByRole('button', { name: 'Buang isian dan tinggalkan' }));
    expect(await screen.findByText('Halaman beranda')).toBeTruthy();
    expect(window.location.pathname).toBe('/');
    await waitFor(async () => expect(await readFormDraft(userId(), 'note:1')).toBeUndefined());
  });

  it('after a save that took a moment, keeps what was typed meanwhile, still unsaved; clean once nothing more was typed', () => {
    // A budget line saves a field when it is left; its save may complete while the next field is typed.
    let form: FormDraft<{ code: string; budget: string }> | null = null;
    function Line() {
      const draft = useFormDraft({ key: 'program:1', initial: { code: '', budget: '0' } });
      form = draft;
      return <p>{`${draft.values.code}|${draft.values.budget}|${draft.dirty ? 'berubah' : 'tersimpan'}`}</p>;
    }
    render(<I18nProvider initialLanguage="id"><UnsavedEditsProvider><SessionProvider initialSession={session}><Line /></SessionProvider></UnsavedEditsProvider></I18nProvider>);
    const sent = { code: '', budget: '1.500.000' };
    act(() => form?.setValues(sent));
    act(() => form?.setValues((v) => ({ ...v, code: '1.02' })));
    act(() => form?.savedUpTo(sent));
    expect(screen.getByText('1.02|1.500.000|berubah')).toBeTruthy();
    act(() => form?.savedUpTo({ code: '1.02', budget: '1.500.000' }));
    expect(screen.getByText('1.02|1.500.000|tersimpan')).toBeTruthy();
  });

  it('leaves without asking once saved, and keeps no draft', async () => {
    renderForm();
    const { user } = await openFormAndType('Final');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Halaman beranda')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(savedNotes).toEqual(['Final']);
    await new Promise((r) => setTimeout(r, draftSaveDelayMs + 200));
    expect(await readFormDraft(userId(), 'note:1')).toBeUndefined();
  });

  it('asks the browser before a reload or closing the tab only while the form is changed', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Formulir' }));
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    await screen.findByLabelText('Catatan');
    expect(unload()).toBe(false);
    await user.type(screen.getByLabelText('Catatan'), '!');
    await waitFor(() => expect(unload()).toBe(true));
  });

  it("keeps writing drafts after the user's database was closed under the tab (a newer build upgraded it)", async () => {
    renderForm();
    session.db.close({ disableAutoOpen: true });
    await openFormAndType('Ditulis setelah pembaruan');
    await waitFor(async () => expect((await readFormDraft(userId(), 'note:1'))?.values).toEqual({ note: 'Ditulis setelah pembaruan', title: '' }));
  });
});

describe('mergeDraft', () => {
  it("takes a kept field only when it still has the form's type", () => {
    const initial = { note: '', targets: ['', ''], kind: 'number' };
    expect(mergeDraft(initial, { note: 'a', targets: 'x', kind: 3, gone: 'y' })).toEqual({ note: 'a', targets: ['', ''], kind: 'number' });
    expect(mergeDraft(initial, null)).toEqual(initial);
    expect(mergeDraft('', 'kept')).toBe('kept');
  });
});
