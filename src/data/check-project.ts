// Every content check of a project without a build (npm run check-content, tests): sessions and
// front matter, the entity files, each report's structure through the same render as the build
// (src/loaders/render-pool.ts, in this thread), and entries no report mentions.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentError, sortContentErrors } from '../lib/errors';
import { mentionIndex } from '../lib/entities/mention-index';
import { checkMetadata } from '../lib/structure/check-content';
import { readReportFiles } from './read-report-files';
import type { ReportModel } from '../lib/report-model/model';
import { renderHere } from '../loaders/render-here';
import { unmentionedEntities } from '../lib/entities/entity-surfaces';
import { loadEntityData } from './entity-data';

export interface ProjectCheck {
  errors: ContentError[];
  reports: number;
  sessions: number;
  paragraphs: number;
  models: { slug: string; model: ReportModel }[];
}

export function checkProject(root: string): ProjectCheck {
  // YAML errors of the front matter are checkMetadata's to report, with the field checks.
  const { files, internal } = readReportFiles(root);
  const entities = loadEntityData(root);
  const errors = [...checkMetadata(root), ...entities.errors];
  const rendered = renderHere(root, internal, files);
  const models = files.map((f, i) => ({ slug: f.id, model: rendered[i]!.model }));
  rendered.forEach((r) => errors.push(...r.errors));
  if (rendered.every((r) => r.errors.length === 0)) errors.push(...unmentionedEntities(mentionIndex(models), entities.programmes, entities.organizations));
  return {
    errors: sortContentErrors(errors),
    reports: files.length,
    sessions: safeList(join(root, 'content/sessions'), '.yaml').length,
    paragraphs: models.reduce((n, m) => n + m.model.paragraphs.length, 0),
    models,
  };
}

function safeList(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith(extension)).sort();
  } catch {
    return [];
  }
}
