// An RSS feed of the reports, newest first: one item per report, dated by its distribution date
// where the report gives one (the 2016 report gives none, so its item has no date).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/load-site';
import { feedItems } from '../lib/feed';

export const GET: APIRoute = async ({ site }) => {
  const { reports } = await loadSite();
  return rss({
    title: 'Palermo Record: reports on the Trafficking in Persons Protocol',
    description: 'The United Nations reports on the Trafficking in Persons Protocol, to read, cite and search paragraph by paragraph.',
    site: site ?? 'https://palermo-record.example.org',
    items: feedItems(reports),
  });
};
