import { createContext, useContext } from 'react';

/** Whether the chat may use colour: false with NO_COLOR set (https://no-color.org). */
export const ColorContext = createContext(true);

/** Ink colour props, or none without colour. */
export function useColor(): (color: string) => { color?: string } {
  const enabled = useContext(ColorContext);
  return (color) => (enabled ? { color } : {});
}

export const wantsColor = (env: NodeJS.ProcessEnv): boolean =>
  env.NO_COLOR === undefined || env.NO_COLOR === '';
