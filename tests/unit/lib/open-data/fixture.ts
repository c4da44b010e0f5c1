// One small report rendered by the real pipeline, as the open-data writers receive it.
import { loadEntityData } from '../../../../src/data/entity-data';
import { entityNames } from '../../../../src/lib/entities/entity-names';
import type { OpenDataReport } from '../../../../src/lib/open-data/paragraph-records';
import { renderReport, reportProcessor } from '../../../../src/lib/report-model/render-report';

export const SITE = new URL('https://data.example.org');

const REPORT = `---
session: cop8
source: 2016-cop8-secretariat.txt
---

## I. Introduction

1\\. Nepal and Nigerians, see General Assembly resolution 72/195.[^1]

### A. Sub, with "quotes"

2\\. UNODC said:

(a) First, in Mali;

(b) Second, at www.unodc.org/peru-y-bolivia:

(i) Deeper.

[^1]: See A/74/127, "a note".
`;

const entityData = loadEntityData();
const { matcher } = entityData;
const names = entityNames(entityData);
const rendered = renderReport('content/reports/cop8-2016.md', REPORT, reportProcessor({ matcher }), { matcher, entityNames: names });
if (rendered.errors.length > 0) throw new Error(rendered.errors.join('\n'));

export const REPORTS: OpenDataReport[] = [{ slug: 'cop8-2016', session: 'cop8', year: '2016', model: rendered.model }];
