// The facts block of a programme or organization page, from its curated entry and its mentions.
import type { Organization, Programme } from '../../schemas/entity';
import type { EntityMentions } from './entity-views';

function mentionFacts(mentions: EntityMentions): [string, string][] {
  const reports = mentions.byReport.length;
  return [
    ['Mentioned in', `${mentions.paragraphs} ${mentions.paragraphs === 1 ? 'paragraph' : 'paragraphs'} of ${reports} ${reports === 1 ? 'report' : 'reports'}`],
    ...(mentions.firstYear ? [['First and last mention', mentions.firstYear === mentions.lastYear ? mentions.firstYear : `${mentions.firstYear} – ${mentions.lastYear}`] as [string, string]] : []),
  ];
}

export function programmeFacts(programme: Programme, mentions: EntityMentions, organizations: readonly Organization[]): [string, string][] {
  const lead = programme.lead ? organizations.find((o) => o.slug === programme.lead) : undefined;
  return [
    ['Kind', programme.kind],
    ...(lead ? [['Led by', lead.acronym ? `${lead.name} (${lead.acronym})` : lead.name] as [string, string]] : []),
    ...(programme.aliases.length ? [['Also named', programme.aliases.join(' · ')] as [string, string]] : []),
    ...mentionFacts(mentions),
  ];
}

export function organizationFacts(organization: Organization, mentions: EntityMentions): [string, string][] {
  return [
    ['Kind', organization.kind],
    ...(organization.acronym ? [['Acronym', organization.acronym] as [string, string]] : []),
    ...(organization.aliases.length ? [['Also named', organization.aliases.join(' · ')] as [string, string]] : []),
    ...mentionFacts(mentions),
  ];
}
