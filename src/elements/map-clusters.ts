/** Loaded with the events layer only: the cluster plugin (it reads the global L) and its styles, linked when first needed. */
import 'leaflet.markercluster';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?url';
import clusterThemeCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?url';

for (const href of [clusterCss, clusterThemeCss]) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
