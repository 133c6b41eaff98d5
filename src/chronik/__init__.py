"""chronik: political event data from German and English news."""
