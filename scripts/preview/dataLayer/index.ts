/**
 * The preview page's data layer, installed for its side effects (the preview's entry imports this
 * module when it exists): one layer over this browser's IndexedDB, run as the header's user and in
 * its language, seeded with the sample documents of `data/samples` through the real import path
 * on the first start, and every Apex and Lightning stand-in method registered with the registry.
 */
import { labels, reviewStatusLabels, samples } from 'virtual:preview/dataLayerText';
import { registerApexMethod, registerDataLayer } from '../platform/apexRegistry';
import { currentLanguage, currentUser } from '../platform/session';
import { installDataLayer } from './install';

installDataLayer(
  { registerApexMethod, registerDataLayer },
  {
    db: window,
    currentUser: () => {
      const user = currentUser();
      return { id: user.id, name: user.name, role: user.role };
    },
    language: () => (currentLanguage() === 'ja' ? 'ja' : 'en'),
    labels,
    reviewStatusLabels,
    samples: async () => samples
  }
);
