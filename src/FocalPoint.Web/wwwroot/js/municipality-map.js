// The municipality map of FocalPoint, drawn with ECharts without map tiles (the deployment has no internet): areas
// from the configured GeoJSON, registered once under the map's name, or else points at the reference coordinates on
// longitude/latitude axes (ADR 0014). Used by the weapon-flows page and the dashboard.

const registeredMaps = new Set();

/** Registers the boundaries once; false when they are needed but were not sent (the caller sends them and retries). */
export function ensureMap(echarts, map, geoJson) {
    if (!map.areas || registeredMaps.has(map.mapName)) {
        return true;
    }
    if (!geoJson) {
        return false;
    }
    echarts.registerMap(map.mapName, JSON.parse(geoJson));
    registeredMaps.add(map.mapName);
    return true;
}

export function hasMap(name) {
    return registeredMaps.has(name);
}

/** The chart option: colour (areas) or bubble size (points) by value; labels show each municipality's text. */
export function mapOption(map) {
    const max = Math.max(...map.values.map(v => v.value), 0) || 1;
    const floor = labelFloor(map);
    const tooltip = { trigger: 'item', formatter: p => (p.data ? `${p.data.label}: ${p.data.text} ${map.unit}` : p.name) };
    if (map.areas) {
        return {
            tooltip,
            visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, text: [format(max), '0'], inRange: { color: ['#f4f6f8', '#f2b36b', '#b3261e'] } },
            series: [{
                type: 'map',
                map: map.mapName,
                nameProperty: 'name',
                roam: true,
                aspectScale: 0.77,
                // Readable at a glance: names of the eight highest municipalities only, haloed, never overlapping;
                // every other figure is in the tooltip and the table beside the map.
                label: {
                    show: true, fontSize: 11, fontWeight: 'bold', color: '#1d2733', textBorderColor: '#ffffff', textBorderWidth: 3,
                    formatter: p => (p.data && p.data.value > 0 && p.data.value >= floor ? `${p.data.label}\n${p.data.text}` : ''),
                },
                labelLayout: { hideOverlap: true },
                itemStyle: { borderColor: '#5f6873', borderWidth: 0.8 },
                emphasis: { label: { show: true, formatter: p => (p.data ? `${p.data.label}\n${p.data.text}` : p.name) }, itemStyle: { areaColor: '#ffd27a' } },
                data: map.values.map(v => ({ name: v.name, value: v.value, text: v.text, label: v.label, key: v.key })),
            }],
        };
    }
    return {
        tooltip,
        grid: { left: 48, right: 16, top: 16, bottom: 36 },
        xAxis: { type: 'value', min: 20.0, max: 21.8, name: 'lon', nameLocation: 'middle', nameGap: 22, splitLine: { show: false }, axisLabel: { showMinLabel: false, showMaxLabel: false } },
        yAxis: { type: 'value', min: 41.85, max: 43.3, name: 'lat', nameLocation: 'middle', nameGap: 34, splitLine: { show: false }, axisLabel: { showMinLabel: false, showMaxLabel: false } },
        series: [{
            type: 'scatter',
            symbolSize: v => (v[2] > 0 ? 8 + 28 * Math.sqrt(v[2] / max) : 5),
            itemStyle: { color: p => (p.data.value[2] > 0 ? '#b3261e' : '#b8bec6'), opacity: 0.8 },
            label: { show: true, position: 'right', fontSize: 9, formatter: p => (p.data.value[2] > 0 ? `${p.data.label} ${p.data.text}` : '') },
            data: map.values.map(v => ({ value: [v.longitude, v.latitude, v.value], text: v.text, label: v.label, key: v.key })),
        }],
    };
}

/**
 * Located points inside one municipality (safety-walk observations, hotspots) over the same map: on the boundaries when
 * they are configured, zoomed to the municipality, or on longitude/latitude axes around it. Hotspots are red and larger.
 */
export function pointsOption(map, points, center) {
    const data = points.map(p => ({ value: [p.longitude, p.latitude], name: p.text, hotspot: p.hotspot }));
    const scatter = {
        type: 'scatter',
        symbolSize: p => (p.hotspot ? 16 : 9),
        itemStyle: { color: p => (p.data.hotspot ? '#b3261e' : '#1f5f99'), borderColor: '#ffffff', borderWidth: 1 },
        label: { show: true, position: 'right', fontSize: 10, formatter: p => p.data.name },
        labelLayout: { hideOverlap: true },
        data,
    };
    const tooltip = { trigger: 'item', renderMode: 'richText', formatter: p => p.data.name };
    if (map.areas) {
        return {
            tooltip,
            geo: { map: map.mapName, roam: true, center: [center.longitude, center.latitude], zoom: 7, aspectScale: 0.77, itemStyle: { areaColor: '#f4f6f8', borderColor: '#5f6873' } },
            series: [{ ...scatter, coordinateSystem: 'geo' }],
        };
    }
    const span = 0.04;
    return {
        tooltip,
        grid: { left: 56, right: 16, top: 16, bottom: 36 },
        xAxis: { type: 'value', min: center.longitude - span, max: center.longitude + span, name: 'lon', nameLocation: 'middle', nameGap: 22 },
        yAxis: { type: 'value', min: center.latitude - span, max: center.latitude + span, name: 'lat', nameLocation: 'middle', nameGap: 40 },
        series: [scatter],
    };
}

/** The value from which a municipality is named on the map: the eight highest (ties included). */
function labelFloor(map) {
    const values = map.values.map(v => v.value).filter(v => v > 0).sort((a, b) => b - a);
    return values.length > 8 ? values[7] : Number.MIN_VALUE;
}

function format(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
