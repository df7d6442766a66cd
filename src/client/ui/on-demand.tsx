// Parts of the app loaded on demand, from the service worker's precache. When a part's file cannot
// be had (offline before the app's files were all stored, or an old build's file gone after an
// update), React would throw the failed import up to the root and blank the whole app, typed text
// and all. Instead the import settles on a fallback: a screen says why and how to get it, a part of
// a screen is left out.
import { lazy, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n-context';

function Absent() {
  return null;
}

function InternetNotice(props: { message: 'app.notStored' | 'app.needsInternet' }) {
  const { t } = useI18n();
  return (
    <section className="notice" role="alert">
      <p>{t(props.message)}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>{t('app.reload')}</button>
    </section>
  );
}

/** A screen whose file is not on this device yet. */
export function ScreenNotStored() {
  return <InternetNotice message="app.notStored" />;
}

/** A screen that is never stored on the device (the admin screen). */
export function ScreenNeedsInternet() {
  return <InternetNotice message="app.needsInternet" />;
}

/** `lazy` whose failed import renders `fallback` (by default nothing) instead of throwing. */
// `any` as in React's own `lazy`: the props are whatever the loaded component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function onDemand<C extends ComponentType<any>>(load: () => Promise<C>, fallback: ComponentType = Absent) {
  // A fallback takes no props, so it renders with whatever props the component would get.
  return lazy(() => load().then((component) => ({ default: component }), () => ({ default: fallback as C })));
}
