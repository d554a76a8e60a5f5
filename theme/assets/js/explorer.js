// The findings explorer: see issue 5. Filled in below.
