// A problem the person can act on, with its code, shown above the current screen.
import type { Problem } from '../state/workbenchState.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export function ProblemBanner({ problem, onDismiss }: { problem: Problem; onDismiss: () => void }) {
  const { t, language } = useWords();
  // NOTE: the code's message in the reader's language; the recorded detail (file, line) stays as written.
  const known = t(`error.${problem.code}`);
  return (
    <div className="problem-banner" role="alert" data-testid="error-banner">
      <span className="badge error">{problem.code}</span>
      <span>{language !== 'en' && known !== `error.${problem.code}` && known !== problem.message ? <><strong>{known}</strong> </> : null}{problem.message}</span>
      <button type="button" className="link-button" onClick={onDismiss}>{t('common.dismiss')}</button>
    </div>
  );
}
