/** Loaded with the events layer only: the cluster plugin and its styles (it reads the global L). */
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
