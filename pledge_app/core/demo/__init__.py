"""The sample year: units, pledges, signatures and images for trying the app."""
