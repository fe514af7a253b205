"""Question understanding: a question read into a frame, and the frame decided.

normalise (`text`) -> tokens and morphology (`morphology`) -> extractors over the lexicon
(`extractors`, `lexicon`) -> frame (`frame`, `framing`) -> conversation (`dialogue`) -> decide
(`decide`); `engine.Reader` builds it all once and owns the caches.
"""
