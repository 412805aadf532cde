/**
 * `sps schema`: prints the JSON Schema of the desired-state document (draft-07), the one the package
 * ships as schema/desired-document.schema.json, so an editor can complete and check `sps.yaml`
 * (`# yaml-language-server: $schema=…`, VS Code's `json.schemas`) without a checkout or a network.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { documentJsonSchemaText } from '../../model/document-json-schema';
import { VERSION } from '../../version';
import { EXIT, type ExitCode } from '../exit-codes';
import { cwdOf, type CommandContext } from './shared';

export function schemaCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of the desired-state document, for editors and validators')
    .option('--out <file>', 'write it to this file instead of stdout')
    .action((flags: { out?: string }) => {
      const text = documentJsonSchemaText(VERSION);
      if (flags.out) {
        writeFileSync(resolve(cwdOf(ctx), flags.out), text);
        ctx.out.err(`Wrote ${flags.out}\n`);
      } else ctx.out.out(text);
      done(EXIT.ok);
    });
}
