import { useEffect, useState } from 'react';

/** Whether `fazt serve` is up: asked once at start and then every `everyMs` (a TCP connect each time). */
export function useServeStatus(probe: () => Promise<boolean>, everyMs = 30_000): boolean | undefined {
  const [up, setUp] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const ask = () => void probe().then((value) => live && setUp(value));
    ask();
    const timer = setInterval(ask, everyMs);
    timer.unref?.();
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [probe, everyMs]);
  return up;
}
