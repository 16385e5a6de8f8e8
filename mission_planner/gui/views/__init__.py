"""The tabs that show one mission, and the pane that holds them."""
