// The CIRAM assessments' map: crossing points and border sections coloured by their latest risk level, drawn by
// the one municipality map (municipality-map.js); a click opens the assessment.

import { loadECharts, chartOn, disposeCharts } from './echarts-loader.js';
import { ensureMap, hasMap as mapRegistered, mapOption } from './municipality-map.js';

/** Draws the map; false when the boundaries must be sent first. */
export async function render(element, map, geoJson, page) {
    const echarts = await loadECharts();
    if (!ensureMap(echarts, map, geoJson)) {
        return false;
    }
    const chart = chartOn(echarts, element);
    chart.setOption(mapOption(map), true);
    chart.off('click');
    chart.on('click', p => p.data && p.data.level !== undefined && p.data.key && page.invokeMethodAsync('Open', p.data.key));
    return true;
}

export function hasMap(name) {
    return mapRegistered(name);
}

export function dispose(element) {
    disposeCharts(element);
}
