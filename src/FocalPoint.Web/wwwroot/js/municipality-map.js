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

// Marker colours by level: low, medium, high, critical (the same bands as the risk matrix); grey when unrated.
const levelColours = ['#2e7d32', '#f2b705', '#e07020', '#b3261e'];

function markerSeries(map, coordinateSystem) {
    return {
        type: 'scatter',
        coordinateSystem,
        symbol: 'diamond',
        symbolSize: p => (p[2] >= 2 ? 16 : 10),
        z: 5,
        itemStyle: { color: p => (p.data.level >= 0 ? levelColours[p.data.level] : '#8a929c'), borderColor: '#1d2733', borderWidth: 1 },
        label: { show: true, position: 'right', fontSize: 10, fontWeight: 'bold', color: '#1d2733', textBorderColor: '#ffffff', textBorderWidth: 2, formatter: p => p.data.label },
        labelLayout: { hideOverlap: true },
        tooltip: { formatter: p => `${p.data.label}: ${p.data.text}` },
        data: map.markers.map(m => ({ value: [m.longitude, m.latitude, m.level], label: m.label, text: m.text, level: m.level, key: m.key })),
    };
}

/** The chart option: colour (areas) or bubble size (points) by value; labels show each municipality's text; markers on top. */
export function mapOption(map) {
    const option = baseOption(map);
    if (map.markers && map.markers.length) {
        // The colour scale belongs to the areas only; with no area values (markers alone) it is left out.
        if (option.visualMap) {
            if (map.values.every(v => !v.value)) {
                delete option.visualMap;
            } else {
                option.visualMap.seriesIndex = 0;
            }
        }
        if (map.areas) {
            // Markers need a geographic coordinate system: the areas are drawn through a geo component they share.
            const areas = option.series[0];
            option.geo = { map: map.mapName, roam: true, aspectScale: 0.77, layoutCenter: ['50%', '50%'], layoutSize: '98%', label: { show: false }, itemStyle: { areaColor: '#f4f6f8', borderColor: '#5f6873', borderWidth: 0.8 } };
            option.series = [{ type: 'map', geoIndex: 0, data: areas.data }, markerSeries(map, 'geo')];
        } else {
            option.series.push(markerSeries(map, 'cartesian2d'));
        }
    }
    if (map.focus) {
        // Zoomed to one place: the geo view centres there; the point view narrows its axes around it.
        const f = map.focus;
        if (option.geo) {
            option.geo.center = [f.longitude, f.latitude];
            option.geo.zoom = Math.max(1, 0.8 / f.span);
        } else if (option.xAxis) {
            Object.assign(option.xAxis, { min: f.longitude - f.span, max: f.longitude + f.span });
            Object.assign(option.yAxis, { min: f.latitude - f.span, max: f.latitude + f.span });
        }
    }
    return option;
}

function baseOption(map) {
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

/** The value from which a municipality is named on the map: the eight highest (ties included). */
function labelFloor(map) {
    const values = map.values.map(v => v.value).filter(v => v > 0).sort((a, b) => b - a);
    return values.length > 8 ? values[7] : Number.MIN_VALUE;
}

function format(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
