"""regsite: turn a Chinese statute (章/节/条/款/项/目) into a bilingual explainer site.

Pipeline, one small public step per module:
``decode`` -> ``normalize`` -> ``parse`` (model) -> ``errata`` -> ``editorial`` -> ``render``.
"""
