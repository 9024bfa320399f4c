/** Which route shows a page reference: same type and every attribute the route names equal. */
import type { PageReference } from '../../../platform/pageReference';

export interface RouteMatch {
  type: string;
  attributes?: Record<string, string>;
}

export function matches(route: { match: RouteMatch }, reference: PageReference): boolean {
  if (route.match.type !== reference.type) return false;
  return Object.entries(route.match.attributes ?? {}).every(
    ([name, value]) => reference.attributes[name] === value
  );
}

/** The `@api` properties a route hands its component, from the page reference. */
export function routeProps(
  route: { props: string[] },
  reference: PageReference
): Record<string, string | undefined> {
  const props: Record<string, string | undefined> = {};
  for (const name of route.props) props[name] = reference.attributes[name];
  return props;
}
