/** Loaded with the events layer only: the cluster plugin (it reads the global L) and its styles, linked when first needed. */
import 'leaflet.markercluster';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?url';
import clusterThemeCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?url';
import { linkStylesheet } from './stylesheet.ts';

for (const href of [clusterCss, clusterThemeCss]) void linkStylesheet(href);
