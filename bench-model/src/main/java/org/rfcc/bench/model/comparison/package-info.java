/** The regression analysis of two runs as data: the comparison, its changes and their levels. */
package org.rfcc.bench.model.comparison;
