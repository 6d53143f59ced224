// The start page: what Simpul does, that nothing leaves the computer, and the two ways in.
import { useState, type DragEvent } from 'react';
import { FilePicker } from '../components/FilePicker.tsx';
import type { StoredCaseInfo } from '../storage/caseStore.ts';
import { RestoreOffer } from './RestoreOffer.tsx';

export function StartView({ onFiles, onSample, sampleAvailable, onOpenCase, stored, restoring, onRestore, onDiscard }: {
  onFiles: (files: File[]) => void; onSample: () => void; sampleAvailable: boolean; onOpenCase: (file: File) => void;
  stored?: StoredCaseInfo; restoring: boolean; onRestore: () => void; onDiscard: () => void;
}) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
  };
  return (
    <main className="start-view">
      <section className="start-card">
        <h1>Simpul</h1>
        <p className="lede">
          Simpul links call records, bank transfers, subscriber and person lists into one network, and finds the
          syndicates, key players and brokers behind scam compounds and trafficking routes.
        </p>
        {stored ? <RestoreOffer info={stored} restoring={restoring} onRestore={onRestore} onDiscard={onDiscard} /> : null}
        <p className="privacy"><span aria-hidden="true">🔒</span> Everything runs in this browser tab: no file, name or number ever leaves this computer.</p>
        <div
          className={`drop-zone${over ? ' over' : ''}`}
          onDragOver={(event) => { event.preventDefault(); setOver(true); }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <p className="drop-title">Drop CSV files here</p>
          <p className="muted">Call records, transfers, subscriber lists, people, places, sightings — any number of files, English or Indonesian headers.</p>
          <div className="start-actions">
            <FilePicker label="Choose CSV files…" onFiles={onFiles} primary />
            <button type="button" className="button" data-testid="open-sample" onClick={onSample} disabled={!sampleAvailable}
              title={sampleAvailable ? 'A fictional training case bundled with Simpul' : 'No sample case in this build'}>
              Open sample case
            </button>
          </div>
          <p className="muted small start-open">
            Or continue a saved investigation: <FilePicker label="Open case file…" onFiles={(files) => { if (files[0]) onOpenCase(files[0]); }}
              accept=".json,application/json" testId="open-case-input" multiple={false} small />
          </p>
        </div>
        <p className="muted small">The sample case is fictional training data. Your own files are read in memory; the analysed case is kept in this browser (not online) so you can come back to it, until you wipe it.</p>
      </section>
    </main>
  );
}
