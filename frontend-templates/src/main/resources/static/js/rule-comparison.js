// Bar chart of one declaration under every electricity rule set (kg CO2e/kWh), drawn with Apache
// ECharts from the values the page lists in #rule-chart-data (the CSP forbids inline scripts).
(function () {
  'use strict';
  var target = document.getElementById('rule-chart');
  var data = document.getElementById('rule-chart-data');
  if (!target || !data || typeof window.echarts === 'undefined') {
    return;
  }
  var labels = [];
  var values = [];
  data.querySelectorAll('li').forEach(function (item) {
    labels.push(item.textContent.trim());
    var chosen = item.getAttribute('data-chosen') === 'true';
    values.push({ value: Number(item.getAttribute('data-value')), itemStyle: { color: chosen ? '#1f7a5a' : '#7f9cb5' } });
  });
  var chart = window.echarts.init(target, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 80, right: 24, top: 24, bottom: 60 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: 'kg CO2e/kWh' },
    series: [{ type: 'bar', data: values, label: { show: true, position: 'top' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
