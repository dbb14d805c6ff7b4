package com.storedesk.data.facts;

import com.storedesk.data.Database;

class StoreStockRepositoryTest extends StoreStockFacts {

    @Override
    Database openDatabase() {
        return FactsDatabase.openH2();
    }
}
