import { LitElement, css, html } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart types and components Quarry draws, so the bundle stays small.
echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/**
 * An Apache ECharts chart driven by an option object set from the server.
 *
 * - `option`: the ECharts option (plain JSON, no functions); replaced as a whole on each change.
 * - `colorScheme`: `auto` (default) follows the page: dark when Lumo's text colour is light;
 *   `light` or `dark` force one.
 * - The host has role="img" and tabindex="0"; give it an aria-label that says what it shows.
 * - The chart fills the host and follows its size (ResizeObserver).
 */
class QuarryChart extends LitElement {
  static properties = {
    option: { type: Object },
    colorScheme: { type: String, attribute: 'color-scheme' },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 200px;
    }
    .chart {
      position: absolute;
      inset: 0;
    }
  `;

  constructor() {
    super();
    this.option = null;
    this.colorScheme = 'auto';
    this._chart = null;
    this._dark = null;
  }

  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'img');
    }
    // Focusable, so keyboard users reach the chart (its aria-label is read out) and a page
    // scrolled by a container without other focusable content can still be scrolled by keyboard.
    if (!this.hasAttribute('tabindex')) {
      this.setAttribute('tabindex', '0');
    }
    this._resizeObserver = new ResizeObserver(() => this._chart?.resize());
    this._resizeObserver.observe(this);
    // Lumo switches to dark through attributes on <html> or the colour-scheme media query.
    this._themeObserver = new MutationObserver(() => this._render());
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
    this._media = window.matchMedia('(prefers-color-scheme: dark)');
    this._onMedia = () => this._render();
    this._media.addEventListener('change', this._onMedia);
    // Flow may detach and re-attach the element; Lit does not render again then, so draw here.
    if (this.hasUpdated) {
      this._render();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._themeObserver?.disconnect();
    this._media?.removeEventListener('change', this._onMedia);
    this._chart?.dispose();
    this._chart = null;
  }

  render() {
    return html`<div class="chart" part="chart"></div>`;
  }

  updated() {
    this._render();
  }

  _isDark() {
    if (this.colorScheme === 'dark') return true;
    if (this.colorScheme === 'light') return false;
    const rgb = getComputedStyle(this).color.match(/[\d.]+/g);
    if (!rgb || rgb.length < 3) return false;
    const [r, g, b] = rgb.map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128;
  }

  _lumo(name, fallback) {
    return getComputedStyle(this).getPropertyValue(name).trim() || fallback;
  }

  _render() {
    const container = this.renderRoot?.querySelector('.chart');
    if (!container) return;
    const dark = this._isDark();
    if (this._chart && this._dark !== dark) {
      this._chart.dispose();
      this._chart = null;
    }
    if (!this._chart) {
      this._chart = echarts.init(container, dark ? 'dark' : null, { renderer: 'canvas' });
      this._dark = dark;
    }
    if (this.option) {
      const text = this._lumo('--lumo-body-text-color', dark ? '#eee' : '#222');
      const themed = {
        backgroundColor: 'transparent',
        textStyle: { fontFamily: this._lumo('--lumo-font-family', 'sans-serif'), color: text },
        ...this.option,
      };
      this._chart.setOption(themed, { notMerge: true });
    }
    this._chart.resize();
  }
}

customElements.define('quarry-chart', QuarryChart);
