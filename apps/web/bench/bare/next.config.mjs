// nothing configured: the baseline is Next's defaults
export default {};
