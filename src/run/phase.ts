// The run's phases, each reported around its work (the action opens a log group per phase).

/** Runs `work` as the phase `title`. */
export type Phase = <T>(title: string, work: () => Promise<T>) => Promise<T>;

export function phases(onPhase?: (title: string, phase: 'start' | 'end') => void): Phase {
  return async (title, work) => {
    onPhase?.(title, 'start');
    try {
      return await work();
    } finally {
      onPhase?.(title, 'end');
    }
  };
}
