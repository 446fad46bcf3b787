// The safety audit's hotspot map: walk observations drawn over the one municipality map (municipality-map.js).

import { loadECharts, chartOn, disposeCharts } from './echarts-loader.js';
import { ensureMap, hasMap as mapRegistered, pointsOption } from './municipality-map.js';

/** Draws the points; false when the map's boundaries must be sent first. */
export async function render(map, points, center, geoJson) {
    const echarts = await loadECharts();
    if (!ensureMap(echarts, map, geoJson)) {
        return false;
    }
    const element = document.getElementById('audit-map');
    if (element) {
        chartOn(echarts, element).setOption(pointsOption(map, points, center), true);
    }
    return true;
}

export function hasMap(name) {
    return mapRegistered(name);
}

export function dispose() {
    const element = document.getElementById('audit-map');
    if (element) {
        disposeCharts(element);
    }
}
