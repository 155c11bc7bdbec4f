import MarketSynth
print("mkt-gen: not yet")
