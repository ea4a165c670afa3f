import { modelSettings } from '../../agent/model-settings.js';
import { listModels } from '../../agent/providers/list-models.js';
import { printJson, printText } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

/**
 * `fazt models [--json]`: what each provider offers right now (the offline planner, the models
 * pulled in Ollama, an OpenAI-compatible server's list) and which model `fazt ask` uses.
 */
export async function modelsCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  await withRuntime(
    globals,
    async ({ cartridge }) => {
      const inUse = cartridge.config.get('model');
      const source = cartridge.config.list().find((entry) => entry.key === 'model')?.isDefault
        ? 'default'
        : 'config';
      const providers = await listModels(modelSettings(cartridge.config));
      const available = providers.some((provider) => provider.models.includes(inUse));
      if (options.json) {
        printJson({ inUse, source, available, providers });
        return;
      }
      const lines: string[] = [];
      for (const provider of providers) {
        const where = provider.url ? ` at ${provider.url}` : '';
        if (provider.provider === 'offline') {
          lines.push(`${inUse === 'offline' ? '*' : ' '} offline  (built-in planner, no model needed)`);
          continue;
        }
        if (!provider.available) {
          lines.push(`  ${provider.provider}${where}: ${provider.error ?? `not asked: ${provider.skipped}`}`);
          continue;
        }
        if (!provider.models.length) lines.push(`  ${provider.provider}${where}: no models`);
        for (const model of provider.models) lines.push(`${model === inUse ? '*' : ' '} ${model}`);
      }
      lines.push('');
      lines.push(
        `In use: ${inUse}${source === 'default' ? ' (the default)' : ''}${available ? '' : ' — not available right now'}. ` +
          'Change it with `fazt config set model <model>`, or per request with `fazt ask --model <model>`.',
      );
      printText(`${lines.join('\n')}\n`);
    },
    { lazy: true },
  );
}
