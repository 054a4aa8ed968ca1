import { hostIsInSite } from '../site';
import type { DataTypeChoice, OtherTabsAction, Rule, Settings } from './schema';

/** The rule for a host: the one whose site is the host or its closest parent. */
export function ruleForHost(settings: Pick<Settings, 'sites'>, host: string): Rule | undefined {
  let best: Rule | undefined;
  for (const rule of settings.sites) {
    if (hostIsInSite(host, rule.site) && (!best || rule.site.length > best.site.length)) best = rule;
  }
  return best;
}

/** What a logout under a rule (or none) does, with the global defaults filled in. */
export interface LogoutChoices {
  rule?: Rule;
  clear: DataTypeChoice;
  otherTabs: OtherTabsAction;
}

export function choicesFor(settings: Settings, host: string): LogoutChoices {
  const rule = ruleForHost(settings, host);
  return {
    ...(rule ? { rule } : {}),
    clear: { ...settings.defaults.clear, ...rule?.clear },
    otherTabs: rule?.otherTabs ?? settings.defaults.otherTabs,
  };
}

/** Settings with a rule in place of the one for `replacing` (by default its own site), or added at the end. */
export function applyRule(settings: Settings, rule: Rule, replacing: string = rule.site): Settings {
  const index = settings.sites.findIndex((existing) => existing.site === replacing);
  const sites = [...settings.sites];
  if (index === -1) sites.push(rule);
  else sites[index] = rule;
  return { ...settings, sites };
}

export function removeRule(settings: Settings, site: string): Settings {
  return { ...settings, sites: settings.sites.filter((rule) => rule.site !== site) };
}
