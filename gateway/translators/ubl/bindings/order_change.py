# gateway/translators/ubl/bindings/order_change.py
# -*- coding: utf-8 -*-
# PyXB bindings for NM:2cb0f457a477a853b7e055cfcfab53e22d0dc515
# Generated 2026-11-22 21:45:39.413908 by PyXB version 1.2.6 using Python 3.11.7.final.0
# Namespace urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2

from __future__ import unicode_literals
import pyxb
import pyxb.binding
import pyxb.binding.saxer
import io
import pyxb.utils.utility
import pyxb.utils.domutils
import sys
import pyxb.utils.six as _six
# Unique identifier for bindings created at the same time
_GenerationUID = pyxb.utils.utility.UniqueIdentifier('urn:uuid:1db3d787-d906-4207-8177-5ab6ee49261a')

# Version of PyXB used to generate the bindings
_PyXBVersion = '1.2.6'

# A holder for module-level binding classes so we can access them from
# inside class definitions where property names may conflict.
_module_typeBindings = pyxb.utils.utility.Object()

# Import bindings for namespaces imported into schema
import gateway.translators.ubl.bindings._cac as _ImportedBinding_gateway_translators_ubl_bindings__cac
import gateway.translators.ubl.bindings._cbc as _ImportedBinding_gateway_translators_ubl_bindings__cbc
import gateway.translators.ubl.bindings._ext as _ImportedBinding_gateway_translators_ubl_bindings__ext
import pyxb.binding.datatypes

# NOTE: All namespace declarations are reserved within the binding
Namespace = pyxb.namespace.NamespaceForURI('urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2', create_if_missing=True)
Namespace.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_cac = _ImportedBinding_gateway_translators_ubl_bindings__cac.Namespace
_Namespace_cac.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_cbc = _ImportedBinding_gateway_translators_ubl_bindings__cbc.Namespace
_Namespace_cbc.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_ext = _ImportedBinding_gateway_translators_ubl_bindings__ext.Namespace
_Namespace_ext.configureCategories(['typeBinding', 'elementBinding'])

def CreateFromDocument (xml_text, fallback_namespace=None, location_base=None, default_namespace=None):
    """Parse the given XML and use the document element to create a
    Python instance.

    @param xml_text An XML document.  This should be data (Python 2
    str or Python 3 bytes), or a text (Python 2 unicode or Python 3
    str) in the L{pyxb._InputEncoding} encoding.

    @keyword fallback_namespace An absent L{pyxb.Namespace} instance
    to use for unqualified names when there is no default namespace in
    scope.  If unspecified or C{None}, the namespace of the module
    containing this function will be used, if it is an absent
    namespace.

    @keyword location_base: An object to be recorded as the base of all
    L{pyxb.utils.utility.Location} instances associated with events and
    objects handled by the parser.  You might pass the URI from which
    the document was obtained.

    @keyword default_namespace An alias for @c fallback_namespace used
    in PyXB 1.1.4 through 1.2.6.  It behaved like a default namespace
    only for absent namespaces.
    """

    if pyxb.XMLStyle_saxer != pyxb._XMLStyle:
        dom = pyxb.utils.domutils.StringToDOM(xml_text)
        return CreateFromDOM(dom.documentElement)
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    saxer = pyxb.binding.saxer.make_parser(fallback_namespace=fallback_namespace, location_base=location_base)
    handler = saxer.getContentHandler()
    xmld = xml_text
    if isinstance(xmld, _six.text_type):
        xmld = xmld.encode(pyxb._InputEncoding)
    saxer.parse(io.BytesIO(xmld))
    instance = handler.rootObject()
    return instance

def CreateFromDOM (node, fallback_namespace=None, default_namespace=None):
    """Create a Python instance from the given DOM node.
    The node tag must correspond to an element declaration in this module.

    @deprecated: Forcing use of DOM interface is unnecessary; use L{CreateFromDocument}."""
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    return pyxb.binding.basis.element.AnyCreateFromDOM(node, fallback_namespace)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2}OrderChangeType with content type ELEMENT_ONLY
class OrderChangeType (pyxb.binding.basis.complexTypeDefinition):
    """
            
         """
    _TypeDefinition = None
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_ELEMENT_ONLY
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'OrderChangeType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 35, 3)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.anyType
    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AccountingCustomerParty uses Python identifier AccountingCustomerParty
    __AccountingCustomerParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingCustomerParty'), 'AccountingCustomerParty', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AccountingCustomerParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 26, 3), )

    
    AccountingCustomerParty = property(__AccountingCustomerParty.value, __AccountingCustomerParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AccountingSupplierParty uses Python identifier AccountingSupplierParty
    __AccountingSupplierParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingSupplierParty'), 'AccountingSupplierParty', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AccountingSupplierParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 27, 3), )

    
    AccountingSupplierParty = property(__AccountingSupplierParty.value, __AccountingSupplierParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AdditionalDocumentReference uses Python identifier AdditionalDocumentReference
    __AdditionalDocumentReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AdditionalDocumentReference'), 'AdditionalDocumentReference', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AdditionalDocumentReference', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 40, 3), )

    
    AdditionalDocumentReference = property(__AdditionalDocumentReference.value, __AdditionalDocumentReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AllowanceCharge uses Python identifier AllowanceCharge
    __AllowanceCharge = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AllowanceCharge'), 'AllowanceCharge', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AllowanceCharge', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 52, 3), )

    
    AllowanceCharge = property(__AllowanceCharge.value, __AllowanceCharge.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AnticipatedMonetaryTotal uses Python identifier AnticipatedMonetaryTotal
    __AnticipatedMonetaryTotal = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AnticipatedMonetaryTotal'), 'AnticipatedMonetaryTotal', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AnticipatedMonetaryTotal', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 57, 3), )

    
    AnticipatedMonetaryTotal = property(__AnticipatedMonetaryTotal.value, __AnticipatedMonetaryTotal.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}BuyerCustomerParty uses Python identifier BuyerCustomerParty
    __BuyerCustomerParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'BuyerCustomerParty'), 'BuyerCustomerParty', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2BuyerCustomerParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 87, 3), )

    
    BuyerCustomerParty = property(__BuyerCustomerParty.value, __BuyerCustomerParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}Contract uses Python identifier Contract
    __Contract = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'Contract'), 'Contract', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2Contract', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 144, 3), )

    
    Contract = property(__Contract.value, __Contract.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}Delivery uses Python identifier Delivery
    __Delivery = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'Delivery'), 'Delivery', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2Delivery', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 174, 3), )

    
    Delivery = property(__Delivery.value, __Delivery.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}DeliveryTerms uses Python identifier DeliveryTerms
    __DeliveryTerms = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'DeliveryTerms'), 'DeliveryTerms', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2DeliveryTerms', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 181, 3), )

    
    DeliveryTerms = property(__DeliveryTerms.value, __DeliveryTerms.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}DestinationCountry uses Python identifier DestinationCountry
    __DestinationCountry = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'DestinationCountry'), 'DestinationCountry', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2DestinationCountry', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 195, 3), )

    
    DestinationCountry = property(__DestinationCountry.value, __DestinationCountry.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}FreightForwarderParty uses Python identifier FreightForwarderParty
    __FreightForwarderParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'FreightForwarderParty'), 'FreightForwarderParty', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2FreightForwarderParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 282, 3), )

    
    FreightForwarderParty = property(__FreightForwarderParty.value, __FreightForwarderParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}OrderLine uses Python identifier OrderLine
    __OrderLine = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderLine'), 'OrderLine', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2OrderLine', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 390, 3), )

    
    OrderLine = property(__OrderLine.value, __OrderLine.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}OrderReference uses Python identifier OrderReference
    __OrderReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderReference'), 'OrderReference', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2OrderReference', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 392, 3), )

    
    OrderReference = property(__OrderReference.value, __OrderReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}OriginatorCustomerParty uses Python identifier OriginatorCustomerParty
    __OriginatorCustomerParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorCustomerParty'), 'OriginatorCustomerParty', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2OriginatorCustomerParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 402, 3), )

    
    OriginatorCustomerParty = property(__OriginatorCustomerParty.value, __OriginatorCustomerParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}OriginatorDocumentReference uses Python identifier OriginatorDocumentReference
    __OriginatorDocumentReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorDocumentReference'), 'OriginatorDocumentReference', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2OriginatorDocumentReference', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 403, 3), )

    
    OriginatorDocumentReference = property(__OriginatorDocumentReference.value, __OriginatorDocumentReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}PaymentExchangeRate uses Python identifier PaymentExchangeRate
    __PaymentExchangeRate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentExchangeRate'), 'PaymentExchangeRate', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2PaymentExchangeRate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 426, 3), )

    
    PaymentExchangeRate = property(__PaymentExchangeRate.value, __PaymentExchangeRate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}PaymentMeans uses Python identifier PaymentMeans
    __PaymentMeans = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentMeans'), 'PaymentMeans', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2PaymentMeans', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 428, 3), )

    
    PaymentMeans = property(__PaymentMeans.value, __PaymentMeans.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}PaymentTerms uses Python identifier PaymentTerms
    __PaymentTerms = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentTerms'), 'PaymentTerms', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2PaymentTerms', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 430, 3), )

    
    PaymentTerms = property(__PaymentTerms.value, __PaymentTerms.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}PricingExchangeRate uses Python identifier PricingExchangeRate
    __PricingExchangeRate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'PricingExchangeRate'), 'PricingExchangeRate', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2PricingExchangeRate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 464, 3), )

    
    PricingExchangeRate = property(__PricingExchangeRate.value, __PricingExchangeRate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}QuotationDocumentReference uses Python identifier QuotationDocumentReference
    __QuotationDocumentReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'QuotationDocumentReference'), 'QuotationDocumentReference', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2QuotationDocumentReference', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 480, 3), )

    
    QuotationDocumentReference = property(__QuotationDocumentReference.value, __QuotationDocumentReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}SellerSupplierParty uses Python identifier SellerSupplierParty
    __SellerSupplierParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'SellerSupplierParty'), 'SellerSupplierParty', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2SellerSupplierParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 564, 3), )

    
    SellerSupplierParty = property(__SellerSupplierParty.value, __SellerSupplierParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}Signature uses Python identifier Signature
    __Signature = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature'), 'Signature', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2Signature', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 581, 3), )

    
    Signature = property(__Signature.value, __Signature.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}TaxExchangeRate uses Python identifier TaxExchangeRate
    __TaxExchangeRate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'TaxExchangeRate'), 'TaxExchangeRate', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2TaxExchangeRate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 624, 3), )

    
    TaxExchangeRate = property(__TaxExchangeRate.value, __TaxExchangeRate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}TaxTotal uses Python identifier TaxTotal
    __TaxTotal = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'TaxTotal'), 'TaxTotal', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2TaxTotal', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 630, 3), )

    
    TaxTotal = property(__TaxTotal.value, __TaxTotal.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}TransactionConditions uses Python identifier TransactionConditions
    __TransactionConditions = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'TransactionConditions'), 'TransactionConditions', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2TransactionConditions', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 666, 3), )

    
    TransactionConditions = property(__TransactionConditions.value, __TransactionConditions.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}ValidityPeriod uses Python identifier ValidityPeriod
    __ValidityPeriod = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'ValidityPeriod'), 'ValidityPeriod', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2ValidityPeriod', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 712, 3), )

    
    ValidityPeriod = property(__ValidityPeriod.value, __ValidityPeriod.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}AccountingCost uses Python identifier AccountingCost
    __AccountingCost = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCost'), 'AccountingCost', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2AccountingCost', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 30, 3), )

    
    AccountingCost = property(__AccountingCost.value, __AccountingCost.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}AccountingCostCode uses Python identifier AccountingCostCode
    __AccountingCostCode = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCostCode'), 'AccountingCostCode', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2AccountingCostCode', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 31, 3), )

    
    AccountingCostCode = property(__AccountingCostCode.value, __AccountingCostCode.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CopyIndicator uses Python identifier CopyIndicator
    __CopyIndicator = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CopyIndicator'), 'CopyIndicator', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CopyIndicator', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 205, 3), )

    
    CopyIndicator = property(__CopyIndicator.value, __CopyIndicator.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CustomerReference uses Python identifier CustomerReference
    __CustomerReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomerReference'), 'CustomerReference', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CustomerReference', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 223, 3), )

    
    CustomerReference = property(__CustomerReference.value, __CustomerReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CustomizationID uses Python identifier CustomizationID
    __CustomizationID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID'), 'CustomizationID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CustomizationID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 224, 3), )

    
    CustomizationID = property(__CustomizationID.value, __CustomizationID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}DocumentCurrencyCode uses Python identifier DocumentCurrencyCode
    __DocumentCurrencyCode = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'DocumentCurrencyCode'), 'DocumentCurrencyCode', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2DocumentCurrencyCode', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 260, 3), )

    
    DocumentCurrencyCode = property(__DocumentCurrencyCode.value, __DocumentCurrencyCode.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ID uses Python identifier ID
    __ID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID'), 'ID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 377, 3), )

    
    ID = property(__ID.value, __ID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}IssueDate uses Python identifier IssueDate
    __IssueDate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate'), 'IssueDate', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2IssueDate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 400, 3), )

    
    IssueDate = property(__IssueDate.value, __IssueDate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}IssueTime uses Python identifier IssueTime
    __IssueTime = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime'), 'IssueTime', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2IssueTime', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 402, 3), )

    
    IssueTime = property(__IssueTime.value, __IssueTime.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}LineCountNumeric uses Python identifier LineCountNumeric
    __LineCountNumeric = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'LineCountNumeric'), 'LineCountNumeric', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2LineCountNumeric', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 438, 3), )

    
    LineCountNumeric = property(__LineCountNumeric.value, __LineCountNumeric.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}Note uses Python identifier Note
    __Note = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note'), 'Note', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2Note', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 529, 3), )

    
    Note = property(__Note.value, __Note.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}PricingCurrencyCode uses Python identifier PricingCurrencyCode
    __PricingCurrencyCode = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'PricingCurrencyCode'), 'PricingCurrencyCode', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2PricingCurrencyCode', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 647, 3), )

    
    PricingCurrencyCode = property(__PricingCurrencyCode.value, __PricingCurrencyCode.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ProfileExecutionID uses Python identifier ProfileExecutionID
    __ProfileExecutionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID'), 'ProfileExecutionID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ProfileExecutionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 663, 3), )

    
    ProfileExecutionID = property(__ProfileExecutionID.value, __ProfileExecutionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ProfileID uses Python identifier ProfileID
    __ProfileID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID'), 'ProfileID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ProfileID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 664, 3), )

    
    ProfileID = property(__ProfileID.value, __ProfileID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}RequestedInvoiceCurrencyCode uses Python identifier RequestedInvoiceCurrencyCode
    __RequestedInvoiceCurrencyCode = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'RequestedInvoiceCurrencyCode'), 'RequestedInvoiceCurrencyCode', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2RequestedInvoiceCurrencyCode', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 721, 3), )

    
    RequestedInvoiceCurrencyCode = property(__RequestedInvoiceCurrencyCode.value, __RequestedInvoiceCurrencyCode.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}SalesOrderID uses Python identifier SalesOrderID
    __SalesOrderID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'SalesOrderID'), 'SalesOrderID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2SalesOrderID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 754, 3), )

    
    SalesOrderID = property(__SalesOrderID.value, __SalesOrderID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}SequenceNumberID uses Python identifier SequenceNumberID
    __SequenceNumberID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'SequenceNumberID'), 'SequenceNumberID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2SequenceNumberID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 764, 3), )

    
    SequenceNumberID = property(__SequenceNumberID.value, __SequenceNumberID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}TaxCurrencyCode uses Python identifier TaxCurrencyCode
    __TaxCurrencyCode = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'TaxCurrencyCode'), 'TaxCurrencyCode', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2TaxCurrencyCode', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 832, 3), )

    
    TaxCurrencyCode = property(__TaxCurrencyCode.value, __TaxCurrencyCode.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}UBLVersionID uses Python identifier UBLVersionID
    __UBLVersionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID'), 'UBLVersionID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2UBLVersionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 940, 3), )

    
    UBLVersionID = property(__UBLVersionID.value, __UBLVersionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}UUID uses Python identifier UUID
    __UUID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID'), 'UUID', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2UUID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 943, 3), )

    
    UUID = property(__UUID.value, __UUID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2}UBLExtensions uses Python identifier UBLExtensions
    __UBLExtensions = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions'), 'UBLExtensions', '__urnoasisnamesspecificationublschemaxsdOrderChange_2_OrderChangeType_urnoasisnamesspecificationublschemaxsdCommonExtensionComponents_2UBLExtensions', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonExtensionComponents-2.1.xsd', 23, 2), )

    
    UBLExtensions = property(__UBLExtensions.value, __UBLExtensions.set, None, '\n        A container for all extensions present in the document.\n      ')

    _ElementMap.update({
        __AccountingCustomerParty.name() : __AccountingCustomerParty,
        __AccountingSupplierParty.name() : __AccountingSupplierParty,
        __AdditionalDocumentReference.name() : __AdditionalDocumentReference,
        __AllowanceCharge.name() : __AllowanceCharge,
        __AnticipatedMonetaryTotal.name() : __AnticipatedMonetaryTotal,
        __BuyerCustomerParty.name() : __BuyerCustomerParty,
        __Contract.name() : __Contract,
        __Delivery.name() : __Delivery,
        __DeliveryTerms.name() : __DeliveryTerms,
        __DestinationCountry.name() : __DestinationCountry,
        __FreightForwarderParty.name() : __FreightForwarderParty,
        __OrderLine.name() : __OrderLine,
        __OrderReference.name() : __OrderReference,
        __OriginatorCustomerParty.name() : __OriginatorCustomerParty,
        __OriginatorDocumentReference.name() : __OriginatorDocumentReference,
        __PaymentExchangeRate.name() : __PaymentExchangeRate,
        __PaymentMeans.name() : __PaymentMeans,
        __PaymentTerms.name() : __PaymentTerms,
        __PricingExchangeRate.name() : __PricingExchangeRate,
        __QuotationDocumentReference.name() : __QuotationDocumentReference,
        __SellerSupplierParty.name() : __SellerSupplierParty,
        __Signature.name() : __Signature,
        __TaxExchangeRate.name() : __TaxExchangeRate,
        __TaxTotal.name() : __TaxTotal,
        __TransactionConditions.name() : __TransactionConditions,
        __ValidityPeriod.name() : __ValidityPeriod,
        __AccountingCost.name() : __AccountingCost,
        __AccountingCostCode.name() : __AccountingCostCode,
        __CopyIndicator.name() : __CopyIndicator,
        __CustomerReference.name() : __CustomerReference,
        __CustomizationID.name() : __CustomizationID,
        __DocumentCurrencyCode.name() : __DocumentCurrencyCode,
        __ID.name() : __ID,
        __IssueDate.name() : __IssueDate,
        __IssueTime.name() : __IssueTime,
        __LineCountNumeric.name() : __LineCountNumeric,
        __Note.name() : __Note,
        __PricingCurrencyCode.name() : __PricingCurrencyCode,
        __ProfileExecutionID.name() : __ProfileExecutionID,
        __ProfileID.name() : __ProfileID,
        __RequestedInvoiceCurrencyCode.name() : __RequestedInvoiceCurrencyCode,
        __SalesOrderID.name() : __SalesOrderID,
        __SequenceNumberID.name() : __SequenceNumberID,
        __TaxCurrencyCode.name() : __TaxCurrencyCode,
        __UBLVersionID.name() : __UBLVersionID,
        __UUID.name() : __UUID,
        __UBLExtensions.name() : __UBLExtensions
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.OrderChangeType = OrderChangeType
Namespace.addCategoryObject('typeBinding', 'OrderChangeType', OrderChangeType)


OrderChange = pyxb.binding.basis.element(pyxb.namespace.ExpandedName(Namespace, 'OrderChange'), OrderChangeType, documentation='This element MUST be conveyed as the root element in any instance document based on this Schema expression', location=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 28, 3))
Namespace.addCategoryObject('elementBinding', OrderChange.name().localName(), OrderChange)



OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingCustomerParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CustomerPartyType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 26, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingSupplierParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SupplierPartyType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 27, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AdditionalDocumentReference'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DocumentReferenceType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 40, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AllowanceCharge'), _ImportedBinding_gateway_translators_ubl_bindings__cac.AllowanceChargeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 52, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AnticipatedMonetaryTotal'), _ImportedBinding_gateway_translators_ubl_bindings__cac.MonetaryTotalType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 57, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'BuyerCustomerParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CustomerPartyType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 87, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'Contract'), _ImportedBinding_gateway_translators_ubl_bindings__cac.ContractType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 144, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'Delivery'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DeliveryType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 174, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'DeliveryTerms'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DeliveryTermsType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 181, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'DestinationCountry'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CountryType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 195, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'FreightForwarderParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.PartyType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 282, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderLine'), _ImportedBinding_gateway_translators_ubl_bindings__cac.OrderLineType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 390, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderReference'), _ImportedBinding_gateway_translators_ubl_bindings__cac.OrderReferenceType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 392, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorCustomerParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CustomerPartyType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 402, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorDocumentReference'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DocumentReferenceType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 403, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentExchangeRate'), _ImportedBinding_gateway_translators_ubl_bindings__cac.ExchangeRateType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 426, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentMeans'), _ImportedBinding_gateway_translators_ubl_bindings__cac.PaymentMeansType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 428, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentTerms'), _ImportedBinding_gateway_translators_ubl_bindings__cac.PaymentTermsType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 430, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'PricingExchangeRate'), _ImportedBinding_gateway_translators_ubl_bindings__cac.ExchangeRateType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 464, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'QuotationDocumentReference'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DocumentReferenceType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 480, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'SellerSupplierParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SupplierPartyType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 564, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SignatureType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 581, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'TaxExchangeRate'), _ImportedBinding_gateway_translators_ubl_bindings__cac.ExchangeRateType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 624, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'TaxTotal'), _ImportedBinding_gateway_translators_ubl_bindings__cac.TaxTotalType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 630, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'TransactionConditions'), _ImportedBinding_gateway_translators_ubl_bindings__cac.TransactionConditionsType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 666, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'ValidityPeriod'), _ImportedBinding_gateway_translators_ubl_bindings__cac.PeriodType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 712, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCost'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.AccountingCostType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 30, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCostCode'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.AccountingCostCodeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 31, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CopyIndicator'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CopyIndicatorType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 205, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomerReference'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CustomerReferenceType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 223, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CustomizationIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 224, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'DocumentCurrencyCode'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.DocumentCurrencyCodeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 260, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 377, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IssueDateType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 400, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IssueTimeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 402, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'LineCountNumeric'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.LineCountNumericType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 438, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.NoteType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 529, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'PricingCurrencyCode'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.PricingCurrencyCodeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 647, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ProfileExecutionIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 663, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ProfileIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 664, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'RequestedInvoiceCurrencyCode'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.RequestedInvoiceCurrencyCodeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 721, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'SalesOrderID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.SalesOrderIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 754, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'SequenceNumberID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.SequenceNumberIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 764, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'TaxCurrencyCode'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.TaxCurrencyCodeType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 832, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.UBLVersionIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 940, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.UUIDType, scope=OrderChangeType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 943, 3)))

OrderChangeType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions'), _ImportedBinding_gateway_translators_ubl_bindings__ext.UBLExtensionsType, scope=OrderChangeType, documentation='\n        A container for all extensions present in the document.\n      ', location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonExtensionComponents-2.1.xsd', 23, 2)))

def _BuildAutomaton ():
    # Remove this helper function from the namespace after it is invoked
    global _BuildAutomaton
    del _BuildAutomaton
    import pyxb.utils.fac as fac

    counters = set()
    cc_0 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 48, 11))
    counters.add(cc_0)
    cc_1 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 53, 10))
    counters.add(cc_1)
    cc_2 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 70, 9))
    counters.add(cc_2)
    cc_3 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 87, 9))
    counters.add(cc_3)
    cc_4 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 104, 9))
    counters.add(cc_4)
    cc_5 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 121, 9))
    counters.add(cc_5)
    cc_6 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 137, 9))
    counters.add(cc_6)
    cc_7 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 154, 9))
    counters.add(cc_7)
    cc_8 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 171, 9))
    counters.add(cc_8)
    cc_9 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 203, 9))
    counters.add(cc_9)
    cc_10 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 235, 9))
    counters.add(cc_10)
    cc_11 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 251, 9))
    counters.add(cc_11)
    cc_12 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 269, 9))
    counters.add(cc_12)
    cc_13 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 287, 9))
    counters.add(cc_13)
    cc_14 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 305, 9))
    counters.add(cc_14)
    cc_15 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 323, 9))
    counters.add(cc_15)
    cc_16 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 340, 9))
    counters.add(cc_16)
    cc_17 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 356, 9))
    counters.add(cc_17)
    cc_18 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 372, 9))
    counters.add(cc_18)
    cc_19 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 388, 9))
    counters.add(cc_19)
    cc_20 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 421, 9))
    counters.add(cc_20)
    cc_21 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 438, 9))
    counters.add(cc_21)
    cc_22 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 455, 9))
    counters.add(cc_22)
    cc_23 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 474, 9))
    counters.add(cc_23)
    cc_24 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 490, 9))
    counters.add(cc_24)
    cc_25 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 540, 9))
    counters.add(cc_25)
    cc_26 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 557, 9))
    counters.add(cc_26)
    cc_27 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 574, 9))
    counters.add(cc_27)
    cc_28 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 591, 9))
    counters.add(cc_28)
    cc_29 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 608, 9))
    counters.add(cc_29)
    cc_30 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 624, 9))
    counters.add(cc_30)
    cc_31 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 640, 9))
    counters.add(cc_31)
    cc_32 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 656, 9))
    counters.add(cc_32)
    cc_33 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 672, 9))
    counters.add(cc_33)
    cc_34 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 688, 9))
    counters.add(cc_34)
    cc_35 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 704, 9))
    counters.add(cc_35)
    cc_36 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 721, 9))
    counters.add(cc_36)
    cc_37 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 738, 9))
    counters.add(cc_37)
    cc_38 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 755, 9))
    counters.add(cc_38)
    cc_39 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 772, 9))
    counters.add(cc_39)
    cc_40 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 788, 9))
    counters.add(cc_40)
    states = []
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 48, 11))
    st_0 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_0)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 53, 10))
    st_1 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_1)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 70, 9))
    st_2 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_2)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 87, 9))
    st_3 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_3)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 104, 9))
    st_4 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_4)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 121, 9))
    st_5 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_5)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'SalesOrderID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 137, 9))
    st_6 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_6)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CopyIndicator')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 154, 9))
    st_7 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_7)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 171, 9))
    st_8 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_8)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 187, 9))
    st_9 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_9)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 203, 9))
    st_10 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_10)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'SequenceNumberID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 219, 9))
    st_11 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_11)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 235, 9))
    st_12 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_12)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'RequestedInvoiceCurrencyCode')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 251, 9))
    st_13 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_13)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'DocumentCurrencyCode')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 269, 9))
    st_14 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_14)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'PricingCurrencyCode')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 287, 9))
    st_15 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_15)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'TaxCurrencyCode')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 305, 9))
    st_16 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_16)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomerReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 323, 9))
    st_17 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_17)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCostCode')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 340, 9))
    st_18 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_18)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCost')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 356, 9))
    st_19 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_19)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'LineCountNumeric')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 372, 9))
    st_20 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_20)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'ValidityPeriod')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 388, 9))
    st_21 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_21)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 405, 9))
    st_22 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_22)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'QuotationDocumentReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 421, 9))
    st_23 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_23)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorDocumentReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 438, 9))
    st_24 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_24)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AdditionalDocumentReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 455, 9))
    st_25 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_25)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'Contract')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 474, 9))
    st_26 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_26)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 490, 9))
    st_27 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_27)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'BuyerCustomerParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 506, 9))
    st_28 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_28)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'SellerSupplierParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 523, 9))
    st_29 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_29)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorCustomerParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 540, 9))
    st_30 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_30)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'FreightForwarderParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 557, 9))
    st_31 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_31)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingCustomerParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 574, 9))
    st_32 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_32)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingSupplierParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 591, 9))
    st_33 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_33)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'Delivery')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 608, 9))
    st_34 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_34)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'DeliveryTerms')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 624, 9))
    st_35 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_35)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentMeans')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 640, 9))
    st_36 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_36)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentTerms')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 656, 9))
    st_37 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_37)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'TransactionConditions')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 672, 9))
    st_38 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_38)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AllowanceCharge')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 688, 9))
    st_39 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_39)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'TaxExchangeRate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 704, 9))
    st_40 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_40)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'PricingExchangeRate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 721, 9))
    st_41 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_41)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'PaymentExchangeRate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 738, 9))
    st_42 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_42)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'DestinationCountry')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 755, 9))
    st_43 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_43)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'TaxTotal')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 772, 9))
    st_44 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_44)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AnticipatedMonetaryTotal')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 788, 9))
    st_45 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_45)
    final_update = set()
    symbol = pyxb.binding.content.ElementUse(OrderChangeType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderLine')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderChange-2.1.xsd', 805, 9))
    st_46 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_46)
    transitions = []
    transitions.append(fac.Transition(st_0, [
        fac.UpdateInstruction(cc_0, True) ]))
    transitions.append(fac.Transition(st_1, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_0, False) ]))
    st_0._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_1, [
        fac.UpdateInstruction(cc_1, True) ]))
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_1, False) ]))
    st_1._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_2, True) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_2, False) ]))
    st_2._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_3, True) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_3, False) ]))
    st_3._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_4, True) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_4, False) ]))
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_4, False) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_4, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_4, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_4, False) ]))
    st_4._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_5, True) ]))
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_5, False) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_5, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_5, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_5, False) ]))
    st_5._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_6, True) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_6, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_6, False) ]))
    st_6._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_7, True) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_7, False) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_7, False) ]))
    st_7._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_8, True) ]))
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_8, False) ]))
    st_8._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_10, [
         ]))
    transitions.append(fac.Transition(st_11, [
         ]))
    st_9._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_10, [
        fac.UpdateInstruction(cc_9, True) ]))
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_9, False) ]))
    st_10._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_12, [
         ]))
    transitions.append(fac.Transition(st_13, [
         ]))
    transitions.append(fac.Transition(st_14, [
         ]))
    transitions.append(fac.Transition(st_15, [
         ]))
    transitions.append(fac.Transition(st_16, [
         ]))
    transitions.append(fac.Transition(st_17, [
         ]))
    transitions.append(fac.Transition(st_18, [
         ]))
    transitions.append(fac.Transition(st_19, [
         ]))
    transitions.append(fac.Transition(st_20, [
         ]))
    transitions.append(fac.Transition(st_21, [
         ]))
    transitions.append(fac.Transition(st_22, [
         ]))
    st_11._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_10, True) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_10, False) ]))
    st_12._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_11, True) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_11, False) ]))
    st_13._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_12, True) ]))
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_12, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_12, False) ]))
    st_14._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_13, True) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_13, False) ]))
    st_15._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_14, True) ]))
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_14, False) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_14, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_14, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_14, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_14, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_14, False) ]))
    st_16._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_15, True) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_15, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_15, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_15, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_15, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_15, False) ]))
    st_17._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_16, True) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_16, False) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_16, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_16, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_16, False) ]))
    st_18._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_17, True) ]))
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_17, False) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_17, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_17, False) ]))
    st_19._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_20, [
        fac.UpdateInstruction(cc_18, True) ]))
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_18, False) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_18, False) ]))
    st_20._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_19, True) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_19, False) ]))
    st_21._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_23, [
         ]))
    transitions.append(fac.Transition(st_24, [
         ]))
    transitions.append(fac.Transition(st_25, [
         ]))
    transitions.append(fac.Transition(st_26, [
         ]))
    transitions.append(fac.Transition(st_27, [
         ]))
    transitions.append(fac.Transition(st_28, [
         ]))
    st_22._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_23, [
        fac.UpdateInstruction(cc_20, True) ]))
    transitions.append(fac.Transition(st_24, [
        fac.UpdateInstruction(cc_20, False) ]))
    transitions.append(fac.Transition(st_25, [
        fac.UpdateInstruction(cc_20, False) ]))
    transitions.append(fac.Transition(st_26, [
        fac.UpdateInstruction(cc_20, False) ]))
    transitions.append(fac.Transition(st_27, [
        fac.UpdateInstruction(cc_20, False) ]))
    transitions.append(fac.Transition(st_28, [
        fac.UpdateInstruction(cc_20, False) ]))
    st_23._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_24, [
        fac.UpdateInstruction(cc_21, True) ]))
    transitions.append(fac.Transition(st_25, [
        fac.UpdateInstruction(cc_21, False) ]))
    transitions.append(fac.Transition(st_26, [
        fac.UpdateInstruction(cc_21, False) ]))
    transitions.append(fac.Transition(st_27, [
        fac.UpdateInstruction(cc_21, False) ]))
    transitions.append(fac.Transition(st_28, [
        fac.UpdateInstruction(cc_21, False) ]))
    st_24._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_25, [
        fac.UpdateInstruction(cc_22, True) ]))
    transitions.append(fac.Transition(st_26, [
        fac.UpdateInstruction(cc_22, False) ]))
    transitions.append(fac.Transition(st_27, [
        fac.UpdateInstruction(cc_22, False) ]))
    transitions.append(fac.Transition(st_28, [
        fac.UpdateInstruction(cc_22, False) ]))
    st_25._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_26, [
        fac.UpdateInstruction(cc_23, True) ]))
    transitions.append(fac.Transition(st_27, [
        fac.UpdateInstruction(cc_23, False) ]))
    transitions.append(fac.Transition(st_28, [
        fac.UpdateInstruction(cc_23, False) ]))
    st_26._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_27, [
        fac.UpdateInstruction(cc_24, True) ]))
    transitions.append(fac.Transition(st_28, [
        fac.UpdateInstruction(cc_24, False) ]))
    st_27._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_29, [
         ]))
    st_28._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_30, [
         ]))
    transitions.append(fac.Transition(st_31, [
         ]))
    transitions.append(fac.Transition(st_32, [
         ]))
    transitions.append(fac.Transition(st_33, [
         ]))
    transitions.append(fac.Transition(st_34, [
         ]))
    transitions.append(fac.Transition(st_35, [
         ]))
    transitions.append(fac.Transition(st_36, [
         ]))
    transitions.append(fac.Transition(st_37, [
         ]))
    transitions.append(fac.Transition(st_38, [
         ]))
    transitions.append(fac.Transition(st_39, [
         ]))
    transitions.append(fac.Transition(st_40, [
         ]))
    transitions.append(fac.Transition(st_41, [
         ]))
    transitions.append(fac.Transition(st_42, [
         ]))
    transitions.append(fac.Transition(st_43, [
         ]))
    transitions.append(fac.Transition(st_44, [
         ]))
    transitions.append(fac.Transition(st_45, [
         ]))
    transitions.append(fac.Transition(st_46, [
         ]))
    st_29._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_30, [
        fac.UpdateInstruction(cc_25, True) ]))
    transitions.append(fac.Transition(st_31, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_32, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_33, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_34, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_35, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_25, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_25, False) ]))
    st_30._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_31, [
        fac.UpdateInstruction(cc_26, True) ]))
    transitions.append(fac.Transition(st_32, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_33, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_34, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_35, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_26, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_26, False) ]))
    st_31._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_32, [
        fac.UpdateInstruction(cc_27, True) ]))
    transitions.append(fac.Transition(st_33, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_34, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_35, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_27, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_27, False) ]))
    st_32._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_33, [
        fac.UpdateInstruction(cc_28, True) ]))
    transitions.append(fac.Transition(st_34, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_35, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_28, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_28, False) ]))
    st_33._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_34, [
        fac.UpdateInstruction(cc_29, True) ]))
    transitions.append(fac.Transition(st_35, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_29, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_29, False) ]))
    st_34._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_35, [
        fac.UpdateInstruction(cc_30, True) ]))
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_30, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_30, False) ]))
    st_35._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_36, [
        fac.UpdateInstruction(cc_31, True) ]))
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_31, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_31, False) ]))
    st_36._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_37, [
        fac.UpdateInstruction(cc_32, True) ]))
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_32, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_32, False) ]))
    st_37._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_38, [
        fac.UpdateInstruction(cc_33, True) ]))
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_33, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_33, False) ]))
    st_38._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_39, [
        fac.UpdateInstruction(cc_34, True) ]))
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_34, False) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_34, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_34, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_34, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_34, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_34, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_34, False) ]))
    st_39._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_40, [
        fac.UpdateInstruction(cc_35, True) ]))
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_35, False) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_35, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_35, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_35, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_35, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_35, False) ]))
    st_40._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_41, [
        fac.UpdateInstruction(cc_36, True) ]))
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_36, False) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_36, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_36, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_36, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_36, False) ]))
    st_41._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_42, [
        fac.UpdateInstruction(cc_37, True) ]))
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_37, False) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_37, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_37, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_37, False) ]))
    st_42._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_43, [
        fac.UpdateInstruction(cc_38, True) ]))
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_38, False) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_38, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_38, False) ]))
    st_43._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_44, [
        fac.UpdateInstruction(cc_39, True) ]))
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_39, False) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_39, False) ]))
    st_44._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_45, [
        fac.UpdateInstruction(cc_40, True) ]))
    transitions.append(fac.Transition(st_46, [
        fac.UpdateInstruction(cc_40, False) ]))
    st_45._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_46, [
         ]))
    st_46._set_transitionSet(transitions)
    return fac.Automaton(states, counters, False, containing_state=None)
OrderChangeType._Automaton = _BuildAutomaton()

