"""EDI and message gateway with an order-management core."""

__version__ = "0.1.0"
