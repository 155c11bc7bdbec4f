import MarketModel
import MktResult
