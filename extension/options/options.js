// Options page: built out in issue 6.
