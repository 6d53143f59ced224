// Workshop state shared by the header, the start page and the workbench: the guided tour, the scenario picker,
// and the training session under way (answers and their scores).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Localised } from '../../core/training/scenario.ts';
import type { TaskScore } from '../../core/training/score.ts';
import type { Language } from '../../core/i18n/languages.ts';
import type { BundledScenario } from './bundled.ts';

export interface TaskState {
  picked: string[];
  cluster?: string;
  score?: TaskScore;
}

export interface TrainingSession {
  bundled: BundledScenario;
  /** By task id (ids come from the scenario file: a Map, never object keys). */
  tasks: ReadonlyMap<string, TaskState>;
  trainee: string;
}

interface Workshop {
  tourOpen: boolean;
  pickerOpen: boolean;
  session?: TrainingSession;
  openTour: () => void;
  closeTour: () => void;
  openTraining: () => void;
  closeTraining: () => void;
  begin: (bundled: BundledScenario) => void;
  leave: () => void;
  updateTask: (task: string, change: (state: TaskState) => TaskState) => void;
  setTrainee: (name: string) => void;
}

const noop = () => undefined;
const WorkshopContext = createContext<Workshop>({
  tourOpen: false, pickerOpen: false, openTour: noop, closeTour: noop, openTraining: noop, closeTraining: noop, begin: noop, leave: noop, updateTask: noop, setTrainee: noop,
});

export function WorkshopProvider({ children }: { children: ReactNode }) {
  // NOTE: the tour never opens by itself (it would cover a returning investigator's work); the start page offers it.
  const [tourOpen, setTourOpen] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [session, setSession] = useState<TrainingSession>();
  const closeTour = useCallback(() => setTourOpen(false), []);
  const updateTask = useCallback((task: string, change: (state: TaskState) => TaskState) => {
    setSession((current) => (current ? { ...current, tasks: new Map(current.tasks).set(task, change(current.tasks.get(task) ?? { picked: [] })) } : current));
  }, []);
  const value = useMemo<Workshop>(() => ({
    tourOpen, pickerOpen, ...(session ? { session } : {}),
    openTour: () => setTourOpen(true), closeTour,
    openTraining: () => setPickerOpen(true), closeTraining: () => setPickerOpen(false),
    begin: (bundled) => {
      setSession({ bundled, tasks: new Map(), trainee: session?.trainee ?? '' });
      setPickerOpen(false);
    },
    leave: () => setSession(undefined),
    updateTask,
    setTrainee: (trainee) => setSession((current) => (current ? { ...current, trainee } : current)),
  }), [tourOpen, pickerOpen, session, closeTour, updateTask]);
  return <WorkshopContext.Provider value={value}>{children}</WorkshopContext.Provider>;
}

export function useWorkshop(): Workshop {
  return useContext(WorkshopContext);
}

/** A scenario's text in the interface language; languages without scenario texts read English. */
export function inLanguage(text: Localised, language: Language): string {
  return language === 'id' ? text.id : text.en;
}
