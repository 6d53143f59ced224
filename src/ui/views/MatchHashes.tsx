// Partner hashes: export this case's identifiers as keyed hashes, or load a partner's list and see which of
// our entities they also hold (and in which of our clusters). Hashing runs in Web Crypto; nothing is sent.
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { isSimpulError } from '../../core/model/errors.ts';
import { keyedHashFile, matchKeyedHashes, type MatchResult } from '../../core/share/keyedHashes.ts';
import { readKeyedHashFile } from '../../core/share/readKeyedHashFile.ts';
import { webCryptoHasher } from '../../core/share/webCryptoHasher.ts';
import { SIMPUL_VERSION } from '../../core/version.ts';
import { downloadBytes } from '../format/download.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export function MatchHashesButton({ index }: { index: CaseIndex }) {
  const { t } = useWords();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button small" data-testid="match-hashes" title={t('share.buttonTitle')} onClick={() => setOpen(true)}>{t('share.button')}</button>
      {open ? <MatchHashesDialog index={index} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function MatchHashesDialog({ index, onClose }: { index: CaseIndex; onClose: () => void }) {
  const { t } = useWords();
  const hasher = useMemo(() => webCryptoHasher(crypto.subtle), []);
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<MatchResult | null>(null);

  const work = async (job: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    try {
      await job();
    } catch (error) {
      setMessage(isSimpulError(error) ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const exportHashes = () => work(async () => {
    const made = await keyedHashFile(index.model, passphrase, hasher, SIMPUL_VERSION);
    downloadBytes('keyed-hashes.json', new TextEncoder().encode(`${JSON.stringify(made, null, 1)}\n`), 'application/json');
    setMessage(t('share.exportDone', { count: made.hashes.length }));
  });
  const match = () => work(async () => {
    if (!file) return;
    const theirs = readKeyedHashFile(await file.text(), file.name);
    setResult(await matchKeyedHashes(theirs, passphrase, index.model, index.analysis, hasher));
  });

  return createPortal(
    <div className="overlay" role="presentation">
      <div className="confirm-card share-card" role="dialog" aria-modal="true" aria-labelledby="share-title" data-testid="share-dialog">
        <h2 id="share-title">{t('share.title')}</h2>
        <p className="muted">{t('share.intro')}</p>
        <label className="field">{t('share.passphrase')}
          <input type="password" autoComplete="off" value={passphrase} data-testid="share-passphrase" onChange={(event) => { setPassphrase(event.target.value); setResult(null); }} />
        </label>
        <h3>{t('share.exportHeading')}</h3>
        <button type="button" className="button" disabled={busy || passphrase === ''} data-testid="share-export" onClick={() => void exportHashes()}>{t('share.exportButton')}</button>
        <h3>{t('share.matchHeading')}</h3>
        <label className="field">{t('share.file')}
          <input type="file" accept=".json,application/json" data-testid="share-file" onChange={(event) => { setFile(event.target.files?.[0] ?? null); setResult(null); }} />
        </label>
        <button type="button" className="button" disabled={busy || passphrase === '' || !file} data-testid="share-match" onClick={() => void match()}>{t('share.matchButton')}</button>
        {busy ? <p className="muted">{t('share.working')}</p> : null}
        {message ? <p className="muted" data-testid="share-message">{message}</p> : null}
        {result ? <MatchTable result={result} /> : null}
        <div className="confirm-actions">
          <button type="button" className="button" onClick={onClose} data-testid="share-close">{t('common.close')}</button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

function MatchTable({ result }: { result: MatchResult }) {
  const { t } = useWords();
  if (!result.passphraseMatches) return <p className="warning" data-testid="share-wrong-passphrase">{t('share.wrongPassphrase')}</p>;
  return (
    <div data-testid="share-result">
      <p>{t('share.result', { shared: result.shared.length, theirs: result.theirs })}</p>
      {result.shared.length > 0 ? (
        <table className="share-table">
          <thead><tr><th>{t('share.columnKind')}</th><th>{t('share.columnEntity')}</th><th>{t('share.columnCluster')}</th></tr></thead>
          <tbody>
            {result.shared.map((item) => (
              <tr key={item.entity.id} data-testid="share-row"><td>{t(`share.kind.${item.kind}`)}</td><td><bdi>{item.entity.label}</bdi> <span className="muted">{item.entity.key}</span></td><td>{item.cluster ?? '—'}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
