"""The Progress page: streak cards, charts and the 52-week calendar."""
